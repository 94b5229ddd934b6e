package com.taoshu.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every ErrorCode in the code base: unique numeric code, in its feature's range, with a Chinese message. */
class ErrorCodeUniquenessTest {

    static List<ErrorCode> allCodes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bd) {
                return bd.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(ErrorCode.class));
        List<ErrorCode> codes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("com.taoshu")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    codes.add((ErrorCode) constant);
                }
            }
        }
        return codes;
    }

    @Test
    void codesAreUniqueAcrossAllFeatures() throws Exception {
        List<ErrorCode> codes = allCodes();
        assertThat(codes).hasSizeGreaterThan(30);
        Map<Integer, ErrorCode> seen = new HashMap<>();
        for (ErrorCode code : codes) {
            ErrorCode previous = seen.put(code.code(), code);
            assertThat(previous).as("code %d used by both %s and %s", code.code(), previous, code).isNull();
        }
    }

    @Test
    void everyCodeHasAChineseMessageAnErrorStatusAndItsFeatureRange() throws Exception {
        for (ErrorCode code : allCodes()) {
            assertThat(code.message()).as(code.toString()).matches(".*[\\u4e00-\\u9fa5].*");
            assertThat(code.status().isError()).as(code.toString()).isTrue();
            assertThat(code.code()).as(code.toString()).isBetween(10000, 69999);
            String pkg = code.getClass().getPackageName();
            int range = code.code() / 10000;
            int expected = pkg.contains(".shared") ? 1 : pkg.contains(".reader") || pkg.contains(".upgrade") ? 2
                    : pkg.contains(".catalog") || pkg.contains(".cart") ? 3
                    : pkg.contains(".order") || pkg.contains(".loan") || pkg.contains(".reservation")
                            || pkg.contains(".desk") ? 4
                    : pkg.contains(".delivery") ? 5 : 6;
            assertThat(range).as("%s (%s) lies in the %dxxxx range of its feature", code, pkg, expected).isEqualTo(expected);
        }
    }
}
