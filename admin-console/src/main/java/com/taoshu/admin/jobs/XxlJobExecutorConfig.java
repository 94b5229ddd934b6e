package com.taoshu.admin.jobs;

import com.taoshu.shared.job.JobRunner;
import com.xxl.job.core.executor.XxlJobExecutor;
import com.xxl.job.core.executor.impl.XxlJobSpringExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The xxl-job executor (admin-console only), when {@code xxl.job.admin.addresses} is set: registers with the admin
 * as {@code taoshu-admin-executor}, serves the admin's triggers on {@code xxl.job.executor.port} (default 9999) and
 * runs every ScheduledJob as a BEAN handler of the same name.
 */
@Configuration
@EnableConfigurationProperties(XxlJobProperties.class)
@Conditional(XxlJobAdminConfigured.class)
public class XxlJobExecutorConfig {

    private static final Logger log = LoggerFactory.getLogger(XxlJobExecutorConfig.class);

    @Bean
    public XxlJobSpringExecutor xxlJobExecutor(XxlJobProperties properties, JobRunner runner) {
        XxlJobSpringExecutor executor = new XxlJobSpringExecutor();
        executor.setAdminAddresses(properties.admin().addresses());
        executor.setAccessToken(properties.accessToken() == null ? "" : properties.accessToken());
        executor.setAppname(properties.executor().appname());
        executor.setIp(properties.executor().ip());
        executor.setAddress(properties.executor().address());
        executor.setPort(properties.executor().port());
        executor.setLogPath(properties.executor().logPath());
        executor.setLogRetentionDays(properties.executor().logRetentionDays());
        for (String name : runner.names()) {
            XxlJobExecutor.registryJobHandler(name, new ScheduledJobHandler(name, runner));
        }
        log.info("xxl-job executor {} on port {} with handlers {}", properties.executor().appname(),
                properties.executor().port(), runner.names());
        return executor;
    }
}
