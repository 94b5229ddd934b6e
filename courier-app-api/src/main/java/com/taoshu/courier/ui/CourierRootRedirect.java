package com.taoshu.courier.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * courier-app-api on its own: its root opens the couriers' app. In all-in-one the root belongs to the librarians' UI
 * (admin-console on the classpath), and the couriers' app stays at {@code /courier/}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass("com.taoshu.admin.ui.SpaForwardController")
public class CourierRootRedirect implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/courier/");
    }
}
