package com.taoshu.courier.ui;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The couriers' phone web app (courier-app-api/web, built into the jar under {@code META-INF/resources/courier/}) at
 * {@code /courier/}: here and in all-in-one. It routes with the URL's hash, so the server only ever hands out
 * {@code index.html} for the app's one address. Vite puts a content hash in every file name under {@code assets/}, so
 * those are cached for a year; {@code index.html}, the service worker and the manifest are revalidated on every load so
 * a new release reaches the phones at once.
 */
@Configuration(proxyBeanMethods = false)
public class CourierWebApp implements WebMvcConfigurer {

    static final String LOCATION = "classpath:/META-INF/resources/courier/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/courier", "/courier/");
        registry.addViewController("/courier/").setViewName("forward:/courier/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/courier/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        // patterns with a wildcard: the file name is what is looked up under LOCATION
        registry.addResourceHandler("/courier/*.html", "/courier/*.js", "/courier/*.webmanifest")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache());
    }
}
