package com.taoshu.admin.ui;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The librarians' web UI (admin-console/web, built into {@code static/}) is a single-page app: a browser that opens or
 * reloads one of its routes gets {@code index.html} and the router takes over. {@code /api/**} is never touched.
 * Keep this list in step with {@code web/src/router/routes.ts}.
 */
@Hidden
@Controller
public class SpaForwardController {

    @GetMapping(value = {"/login", "/dashboard", "/orders", "/holding-shelf", "/desk-returns", "/desk-checkout", "/readers", "/books", "/rules", "/staff", "/jobs",
            "/delivery", "/notifications", "/reservations", "/news", "/suggestions", "/reviews", "/stats",
            "/overdue", "/stock-take"},
            produces = MediaType.TEXT_HTML_VALUE)
    public String route() {
        return "forward:/index.html";
    }
}
