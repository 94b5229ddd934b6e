package com.taoshu.admin.jobs;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when {@code xxl.job.admin.addresses} is set to something (the compose default is an empty string). */
final class XxlJobAdminConfigured implements Condition {

    static boolean configured(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty("xxl.job.admin.addresses"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return configured(context);
    }

    /** The opposite: no admin, so the local fallback schedule runs the jobs. */
    static final class Not implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !configured(context);
        }
    }
}
