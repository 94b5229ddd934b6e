package com.taoshu.shared.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what, decided once, by Spring Security's filter chain, before any handler runs:
 * <ul>
 *   <li>the firewall refuses paths that could be read two ways (400 envelope, {@link PathFirewall});</li>
 *   <li>the bearer token is resolved into a {@link TokenAuthentication} ({@link BearerTokenFilter});</li>
 *   <li>a handler marked {@link PublicApi} is open to anyone, matched on the handler Spring MVC chooses
 *       ({@link PublicApiMatcher});</li>
 *   <li>otherwise the API prefix decides: {@code /api/app/**} readers, {@code /api/courier/**} couriers,
 *       {@code /api/admin/**} librarians and admins; any other {@code /api/**} path nobody;</li>
 *   <li>narrower role rules are {@code @PreAuthorize} on the handler (method security), e.g. ADMIN-only staff
 *       management; branch rules are the services' ({@link StaffPrincipal#mayActOn}).</li>
 * </ul>
 * Path patterns here and in Spring MVC are both {@code PathPattern}s over the same parsed request path.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({AuthProperties.class, SessionProperties.class})
public class SecurityConfig {

    static final String READER = TokenAuthentication.READER;

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, TokenStore tokens, SessionProperties sessions,
                                    ApplicationContext context,
                                    @Value("${taoshu.amap-js.key:}") String amapJsKey) throws Exception {
        PublicApiMatcher publicApi = new PublicApiMatcher(
                () -> context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        http
                .csrf(AbstractHttpConfigurer::disable) // bearer tokens in a header, no cookies: nothing to forge
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, sessions), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(SecurityErrors.unauthenticated())
                        .accessDeniedHandler(SecurityErrors.denied()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.contentSecurityPolicy(!amapJsKey.isBlank())))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        // the handler lookup is for API requests only: static files and actuator never pay for it
                        .requestMatchers(new AndRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"), publicApi)).permitAll()
                        .requestMatchers("/api/app/**").hasRole(READER)
                        .requestMatchers("/api/courier/**").hasRole(Role.COURIER.name())
                        .requestMatchers("/api/admin/**").hasAnyRole(Role.ADMIN.name(), Role.LIBRARIAN.name())
                        .requestMatchers("/api/**").denyAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole(Role.ADMIN.name(), "METRICS")
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        // the three web apps' static files, API docs (off in prod), the error page
                        .anyRequest().permitAll());
        return http.build();
    }

    @Bean
    HttpFirewall pathFirewall() {
        return new PathFirewall();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return SecurityErrors.rejected();
    }

    /** Passwords are checked by the login services, never by Spring Security (this also keeps Boot's default user away). */
    @Bean
    AuthenticationManager noPasswordAuthentication() {
        return authentication -> {
            throw new ProviderNotFoundException("logins go through the login services");
        };
    }
}
