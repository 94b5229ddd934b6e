package com.taoshu.shared.security;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The signed-in reader or staff member is resolved from the bearer token ({@link PrincipalArgumentResolver}), never sent
 * by the client: the OpenAPI document must not show it as a query parameter, or clients generated from it (the couriers'
 * app) would have to send one.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsPrincipals {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ReaderId.class, StaffPrincipal.class);
    }
}
