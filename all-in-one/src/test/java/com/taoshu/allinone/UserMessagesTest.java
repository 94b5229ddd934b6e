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
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

/**
 * What a reader, courier or librarian reads in {@code msg} is Chinese words: no field name ("分馆(branchId)"), no
 * configuration key. Checked over every validation message on every request record and parameter, and every error
 * code's text, of all three APIs (all-in-one has them all on its class path).
 */
class UserMessagesTest {

    /**
     * A Chinese message with an identifier in brackets ("页码(page)"), a field named after a Chinese word ("字段 startsAt",
     * "参数：branchId"), a camel-case identifier anywhere ("cartItemIds"), or an environment variable's or configuration
     * key's name.
     */
    private static final Pattern TECHNICAL = Pattern.compile(
            "[\\p{IsHan}A-Za-z]\\s*[(（][A-Za-z_][A-Za-z0-9_]*[)）]"
                    + "|(字段|参数|属性|field)[\\s:：]*[A-Za-z_][A-Za-z0-9_]*"
                    + "|\\b[a-z]+[A-Z][A-Za-z0-9]*\\b"
                    + "|TAOSHU_[A-Z_]+|\\btaoshu\\.[a-z-]+");

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

    /**
     * Messages put together in code ({@code new BizException(code, "借书车已满：" + …)}): every Chinese string literal of
     * the three APIs' classes, read from the byte code (constants and the templates of string concatenation).
     */
    @Test
    void noChineseTextInCodeNamesAFieldOrAConfigurationKey() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (Resource resource : resolver.getResources("classpath*:com/taoshu/**/*.class")) {
            String url = resource.getURL().toString();
            if (url.contains("/test-classes/") || url.contains("/bench/")) {
                continue;
            }
            try (var in = resource.getInputStream()) {
                ClassReader reader = new ClassReader(in);
                String owner = reader.getClassName();
                reader.accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                     String[] exceptions) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitLdcInsn(Object value) {
                                collect(value);
                            }

                            @Override
                            public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... arguments) {
                                for (Object argument : arguments) {
                                    collect(argument);
                                }
                            }

                            private void collect(Object value) {
                                if (value instanceof String text && HAN.matcher(text).find()) {
                                    literals.add(text);
                                    check(owner.replace('/', '.'), readable(text), problems);
                                }
                            }
                        };
                    }
                }, ClassReader.SKIP_DEBUG);
            }
        }
        assertThat(literals).as("Chinese literals checked").hasSizeGreaterThan(300);
        assertThat(problems).isEmpty();
    }

    @Test
    void thePatternCatchesTheFormsReadersTrippedOn() {
        for (String bad : List.of("请选择要借的书(cartItemIds)", "页码(page)必须从1开始", "字段 startsAt 格式不正确",
                "cartItemIds不能为空", "请配置TAOSHU_WECHAT_SECRET")) {
            assertThat(TECHNICAL.matcher(bad).find()).as(bad).isTrue();
        }
        for (String good : List.of("页码必须从1开始", "请上传 .xlsx 格式的 Excel 文件", "ISBN 格式或校验位不正确",
                "封面地址应以 http:// 或 https:// 开头", "借书车已满：全城通卡最多可借10本")) {
            assertThat(TECHNICAL.matcher(good).find()).as(good).isFalse();
        }
        assertThat(TECHNICAL.matcher(readable("您的订单{orderNo}（{titles}）已送达")).find()).as("a filled template").isFalse();
        assertThat(TECHNICAL.matcher(readable("订单号(orderNo)不正确")).find()).as("a bare field name").isTrue();
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** A template's {@code {orderNo}} is a variable filled before anyone reads the text (notice wordings). */
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[a-z][A-Za-z0-9]*}");

    /** The text as a reader meets it: concatenated values and template variables stand for what fills them. */
    static String readable(String literal) {
        return TEMPLATE_VARIABLE.matcher(literal.replace('\u0001', '…')).replaceAll("…");
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
