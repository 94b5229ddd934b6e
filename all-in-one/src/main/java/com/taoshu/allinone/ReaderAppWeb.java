package com.taoshu.allinone;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The readers' app (miniapp/, its H5 build packaged under {@code META-INF/resources/m/}) at {@code /m/}: the same
 * uni-app source as the WeChat mini-program, for the browser demo and its tests. Its router works on the hash
 * ({@code /m/#/pages/...}), so only {@code /m/} itself needs to answer with index.html. Hashed assets are cached for a
 * year, index.html is revalidated on every load.
 */
@Configuration(proxyBeanMethods = false)
public class ReaderAppWeb implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/m", "/m/");
        registry.addViewController("/m/").setViewName("forward:/m/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/m/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/m/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/m/*.html")
                .addResourceLocations("classpath:/META-INF/resources/m/")
                .setCacheControl(CacheControl.noCache());
    }
}
