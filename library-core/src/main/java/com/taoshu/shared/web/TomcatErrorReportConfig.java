package com.taoshu.shared.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EnvelopeErrorReportValve} on Tomcat's host in place of the HTML {@link ErrorReportValve} (Boot adds one
 * of its own, and the host would add another at start). Ordered last so that Boot's valve is already there to replace.
 */
@Component
public class TomcatErrorReportConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            boolean present = false;
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof EnvelopeErrorReportValve) {
                    present = true;
                } else if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (!present) {
                host.getPipeline().addValve(new EnvelopeErrorReportValve());
            }
            if (host instanceof StandardHost standardHost) {
                // the host adds a valve of this class at start unless one is there already: it is
                standardHost.setErrorReportValveClass(EnvelopeErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
