package com.taoshu.shared.web;

import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.error.ErrorCode;
import com.taoshu.shared.error.HttpStatusErrors;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error answers as the envelope instead of its HTML report: a request Tomcat refuses before it reaches
 * Spring (a malformed or undecodable URI, a request line or header block too large to parse) and anything else that
 * leaves the container as an error without a body. The status is the one Tomcat chose (but see {@link #codeFor}); the
 * body is {@code {code,msg,data:null,traceId:null}} (no trace id: the request never reached the filter that gives
 * one), never a stack trace or the server's version.
 */
public class EnvelopeErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own reports: nothing on a success, over a body already written, or twice
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ErrorCode code = codeFor(status, response.getMessage(), request.getMethod());
        try {
            ErrorEnvelopes.write(response, code, code.message());
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the application took the output stream: nothing more can be said
        }
    }

    /**
     * A 400 that Tomcat gave a reason for comes from checking the request target (an undecodable or non-normalised
     * URI, a broken path parameter); one without comes from parsing the request line or headers. Tomcat answers a
     * CONNECT, an unknown transfer coding or another HTTP version with 501/505: the request is at fault, so these
     * become 4xx (5xx is kept for our own failures).
     */
    static ErrorCode codeFor(int status, String tomcatMessage, String method) {
        return switch (status) {
            case 400 -> tomcatMessage != null ? CommonErrorCode.REQUEST_REJECTED : CommonErrorCode.MALFORMED_REQUEST;
            case 501 -> "CONNECT".equals(method) ? CommonErrorCode.METHOD_NOT_ALLOWED : CommonErrorCode.MALFORMED_REQUEST;
            case 505 -> CommonErrorCode.MALFORMED_REQUEST;
            default -> HttpStatusErrors.forStatus(status);
        };
    }
}
