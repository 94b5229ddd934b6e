package com.taoshu.shared.apidocs;

import io.swagger.v3.core.jackson.TypeNameResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Names the OpenAPI schemas: a class keeps its simple name unless another class of ours shares it (six controllers
 * declare their own nested {@code NoteRequest}, {@code DecisionRequest}, …): then a nested class is named after its
 * owner too ({@code LossAdminNoteRequest}, {@code DispatchAdminNoteRequest}), and where even that is shared, after its
 * package ({@code AdminAuthLoginRequest}, {@code CourierAuthLoginRequest}). The shared names are found once from the
 * class files of the application (never the test classes), so a name does not depend on which schema springdoc
 * meets first. Every name handed out is remembered with its class: {@link #collisions()} lists a name given to two
 * classes, which a test keeps empty.
 */
public final class SchemaNames extends TypeNameResolver {

    private static final String BASE_PACKAGE = "com/taoshu/";
    private static final List<String> OWNER_SUFFIXES = List.of("Controller", "Service");

    private final Set<String> sharedSimpleNames;
    private final Set<String> sharedOwnerNames;
    private final Map<String, Set<String>> given = new ConcurrentHashMap<>();

    private SchemaNames(Set<String> sharedSimpleNames, Set<String> sharedOwnerNames) {
        this.sharedSimpleNames = sharedSimpleNames;
        this.sharedOwnerNames = sharedOwnerNames;
    }

    /** Reads the application's class names under {@code com.taoshu} from the class path. */
    public static SchemaNames fromClassPath(ClassLoader loader) {
        List<String> binaryNames = new java.util.ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:" + BASE_PACKAGE + "**/*.class")) {
                String url = resource.getURL().toString();
                if (url.contains("/test-classes/")) {
                    continue; // test fixtures must not rename the production schemas
                }
                int start = url.lastIndexOf(BASE_PACKAGE);
                binaryNames.add(url.substring(start, url.length() - ".class".length()).replace('/', '.'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(binaryNames);
    }

    /** For binary class names such as {@code com.taoshu.admin.AuthController$LoginRequest}. */
    static SchemaNames of(List<String> binaryNames) {
        Map<String, Integer> simpleCounts = new HashMap<>();
        for (String name : binaryNames) {
            simpleCounts.merge(simpleName(name), 1, Integer::sum);
        }
        Set<String> shared = new TreeSet<>();
        simpleCounts.forEach((name, count) -> {
            if (count > 1) {
                shared.add(name);
            }
        });
        Map<String, Integer> ownerCounts = new HashMap<>();
        for (String name : binaryNames) {
            int dollar = name.lastIndexOf('$');
            if (dollar > 0 && shared.contains(simpleName(name))) {
                ownerCounts.merge(ownerStem(simpleName(name.substring(0, dollar))) + simpleName(name), 1, Integer::sum);
            }
        }
        Set<String> sharedOwners = new TreeSet<>();
        ownerCounts.forEach((name, count) -> {
            if (count > 1) {
                sharedOwners.add(name);
            }
        });
        return new SchemaNames(shared, sharedOwners);
    }

    @Override
    protected String getNameOfClass(Class<?> cls) {
        String name = nameOf(cls);
        given.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet()).add(cls.getName());
        return name;
    }

    private String nameOf(Class<?> cls) {
        if (!cls.getName().startsWith(BASE_PACKAGE.replace('/', '.'))) {
            return cls.getSimpleName();
        }
        return nameOfBinary(cls.getName());
    }

    /** The schema name of one of our classes by its binary name ({@code com.taoshu.admin.AuthController$LoginRequest}). */
    String nameOfBinary(String binaryName) {
        String simple = simpleName(binaryName);
        int dollar = binaryName.lastIndexOf('$');
        if (dollar < 0 || !sharedSimpleNames.contains(simple)) {
            return simple;
        }
        String withOwner = ownerStem(simpleName(binaryName.substring(0, dollar))) + simple;
        if (!sharedOwnerNames.contains(withOwner)) {
            return withOwner;
        }
        String pkg = binaryName.substring(0, binaryName.lastIndexOf('.'));
        String segment = pkg.substring(pkg.lastIndexOf('.') + 1);
        return Character.toUpperCase(segment.charAt(0)) + segment.substring(1) + withOwner;
    }

    /** Names given to more than one class, with those classes. */
    public Map<String, Set<String>> collisions() {
        Map<String, Set<String>> collisions = new TreeMap<>();
        given.forEach((name, classes) -> {
            if (classes.size() > 1) {
                collisions.put(name, new TreeSet<>(classes));
            }
        });
        return collisions;
    }

    private static String simpleName(String binaryName) {
        return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
    }

    private static String ownerStem(String owner) {
        for (String suffix : OWNER_SUFFIXES) {
            if (owner.endsWith(suffix) && owner.length() > suffix.length()) {
                return owner.substring(0, owner.length() - suffix.length());
            }
        }
        return owner;
    }
}
