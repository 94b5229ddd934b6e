package com.taoshu.shared.error;

import com.taoshu.shared.api.ApiResponse;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The container's error page ({@code /error}), in place of Boot's BasicErrorController and its Whitelabel page: what
 * reaches it is answered with the envelope too. An exception that escaped a filter is thrown again here, so that
 * {@link GlobalExceptionHandler} maps it like any other; a bare status (Tomcat refusing TRACE, a {@code sendError}
 * outside our code) becomes the common code of that status; {@code /error} called directly is a 404. Only in a web
 * application: the benchmarks run the services without HTTP, where there are no error attributes.
 */
@Hidden
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ErrorPageController implements ErrorController {

    private final ErrorAttributes errorAttributes;

    public ErrorPageController(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping
    public ResponseEntity<ApiResponse<Void>> error(HttpServletRequest request) throws Exception {
        Throwable failure = errorAttributes.getError(new ServletWebRequest(request));
        while (failure instanceof ServletException wrapper && wrapper.getCause() != null) {
            failure = wrapper.getCause();
        }
        if (failure instanceof Exception e) {
            throw e;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        ErrorCode code = status instanceof Integer s && s >= 400 ? HttpStatusErrors.forStatus(s) : CommonErrorCode.NOT_FOUND;
        return ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_JSON)
                .body(ApiResponse.error(code.code(), code.message()));
    }
}
