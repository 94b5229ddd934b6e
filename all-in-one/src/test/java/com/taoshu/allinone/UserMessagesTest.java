package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.error.ErrorCode;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

/**
 * What a reader, courier or librarian reads in {@code msg} is Chinese words: no field name ("分馆(branchId)"), no
 * configuration key. Checked over every validation message on every request record and parameter, and every error
 * code's text, of all three APIs (all-in-one has them all on its class path).
 */
class UserMessagesTest {

    /** A Chinese message with an identifier in brackets, or an environment variable's name. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "[\\p{IsHan}A-Za-z]\\s*[(（][A-Za-z_][A-Za-z0-9_]*[)）]|TAOSHU_[A-Z_]+|\\btaoshu\\.[a-z-]+");

    @Test
    void noUserFacingMessageNamesAFieldOrAConfigurationKey() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : taoshuClasses()) {
            if (type.isEnum() && ErrorCode.class.isAssignableFrom(type)) {
                for (Object constant : type.getEnumConstants()) {
                    checked++;
                    check(type.getSimpleName() + "." + constant, ((ErrorCode) constant).message(), problems);
                }
            }
            for (AnnotatedElement element : annotated(type)) {
                for (Annotation annotation : element.getAnnotations()) {
                    if (annotation.annotationType().getPackageName().startsWith("jakarta.validation")) {
                        checked++;
                        check(type.getSimpleName() + " " + element, message(annotation), problems);
                    }
                }
            }
        }
        assertThat(checked).as("messages checked").isGreaterThan(300);
        assertThat(problems).isEmpty();
    }

    private static void check(String where, String message, List<String> problems) {
        if (message != null && TECHNICAL.matcher(message).find()) {
            problems.add(where + ": " + message);
        }
    }

    private static String message(Annotation annotation) {
        try {
            Method method = annotation.annotationType().getMethod("message");
            return (String) method.invoke(annotation);
        } catch (ReflectiveOperationException noMessage) {
            return null;
        }
    }

    private static List<AnnotatedElement> annotated(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
        if (type.isRecord()) {
            elements.addAll(List.of(type.getRecordComponents()));
        }
        for (Executable executable : Stream.concat(Stream.of(type.getDeclaredMethods()),
                Stream.of(type.getDeclaredConstructors())).toList()) {
            elements.add(executable);
            for (Parameter parameter : executable.getParameters()) {
                elements.add(parameter);
            }
        }
        return elements;
    }

    private static List<Class<?>> taoshuClasses() throws Exception {
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        List<Class<?>> classes = new ArrayList<>();
        for (Resource resource : resolver.getResources("classpath*:com/taoshu/**/*.class")) {
            String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
            if (name.contains("Test") || name.endsWith("IT") || name.contains(".bench.")) {
                continue;
            }
            try {
                classes.add(Class.forName(name, false, UserMessagesTest.class.getClassLoader()));
            } catch (LinkageError | ClassNotFoundException unloadable) {
                // a class of an optional integration whose library is absent: it holds no request records
            }
        }
        return classes;
    }
}
