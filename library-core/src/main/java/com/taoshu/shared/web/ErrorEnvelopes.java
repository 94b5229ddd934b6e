package com.taoshu.shared.web;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.error.ErrorCode;
import com.taoshu.shared.error.InfrastructureFailures;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the error envelope straight to a servlet response, for the places that answer before Spring MVC's
 * exception handling can (security filters, the firewall, the container's error page).
 */
public final class ErrorEnvelopes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorEnvelopes() {
    }

    public static void write(HttpServletResponse response, ErrorCode code, String msg) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(code.status().value());
        if (code.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(InfrastructureFailures.RETRY_AFTER_SECONDS));
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(ApiResponse.error(code.code(), msg)));
        response.flushBuffer();
    }

    public static void write(HttpServletResponse response, ErrorCode code) throws IOException {
        write(response, code, code.message());
    }
}
