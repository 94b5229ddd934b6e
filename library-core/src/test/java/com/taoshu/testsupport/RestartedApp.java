package com.taoshu.testsupport;

import java.io.IOException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * An app started by a test as an operator would restart it — same database and Redis, other settings — while the
 * test's own context keeps running. It is a plain Spring application: no test configuration (in particular no
 * {@link CleanDatabaseMigration}, which would wipe what the test wants the restarted app to read). Arguments are
 * command-line arguments, so they override the configuration files and the environment.
 */
public final class RestartedApp {

    private RestartedApp() {
    }

    public static ConfigurableApplicationContext start(Class<?> application, String... args) {
        return new SpringApplicationBuilder(application)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton(SkipTestComponents.class.getName(), new SkipTestComponents()))
                .run(args);
    }

    /**
     * Component scanning of {@code com.taoshu} sees the test classes too; a test context skips {@code @TestComponent}s
     * (such as {@code @TestConfiguration}) with Spring Boot's own filter, which only test contexts register.
     */
    static final class SkipTestComponents extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            var metadata = reader.getAnnotationMetadata();
            return metadata.hasAnnotation(TestComponent.class.getName()) || metadata.hasMetaAnnotation(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
