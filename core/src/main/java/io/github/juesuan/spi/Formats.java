package io.github.juesuan.spi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The registry of report formats: which formats are available, looked up by name or by file
 * extension.
 *
 * <p>Rules, applied to names and to extensions alike: a user format ({@code isBuiltIn() == false})
 * overrides a built-in one that claims the same name or extension; two user formats, or two
 * built-in formats, claiming the same name or extension are a configuration error, reported with
 * both classes named. Lookups ignore case and a leading dot.
 *
 * <pre>{@code
 * ReadResult r = Formats.discover().forPath(path).flatMap(ReportFormat::reader).orElseThrow().read(path);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Formats {

    private final Map<String, ReportFormat> byName;
    private final Map<String, ReportFormat> byExtension;

    private Formats(Map<String, ReportFormat> byName, Map<String, ReportFormat> byExtension) {
        this.byName = Collections.unmodifiableMap(byName);
        this.byExtension = Collections.unmodifiableMap(byExtension);
    }

    /**
     * Discovers the formats on the class path of the thread's context class loader.
     *
     * @return the registry
     * @throws IllegalStateException if formats clash or a provider cannot be loaded
     */
    public static Formats discover() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return discover(cl != null ? cl : Formats.class.getClassLoader());
    }

    /**
     * Discovers the formats visible to a class loader.
     *
     * @param classLoader the class loader, not null
     * @return the registry
     * @throws IllegalStateException if formats clash or a provider cannot be loaded
     */
    public static Formats discover(ClassLoader classLoader) {
        List<ReportFormat> found = new ArrayList<>();
        try {
            for (ReportFormat f : ServiceLoader.load(ReportFormat.class, classLoader)) {
                found.add(f);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load a report format: " + e.getMessage(), e);
        }
        return of(found);
    }

    /**
     * Builds a registry from given formats, with the same rules as discovery.
     *
     * @param formats the formats, not null
     * @return the registry
     * @throws IllegalStateException if two formats of the same kind (built-in or user) claim the
     *         same name or extension
     */
    public static Formats of(List<? extends ReportFormat> formats) {
        Map<String, ReportFormat> names = new LinkedHashMap<>();
        Map<String, ReportFormat> exts = new LinkedHashMap<>();
        for (ReportFormat f : formats) {
            claim(names, "name", key(f.getName()), f);
            for (String e : f.getFileExtensions()) {
                claim(exts, "file extension", key(e), f);
            }
        }
        return new Formats(names, exts);
    }

    private static void claim(Map<String, ReportFormat> map, String what, String key, ReportFormat f) {
        ReportFormat old = map.get(key);
        if (old == null || (old.isBuiltIn() && !f.isBuiltIn())) {
            map.put(key, f);
        } else if (old.isBuiltIn() == f.isBuiltIn()) {
            throw new IllegalStateException("two report formats claim the " + what + " '" + key + "': "
                    + old.getClass().getName() + " and " + f.getClass().getName()
                    + "; remove one from META-INF/services/" + ReportFormat.class.getName()
                    + " (a user format may override a built-in one, not another of its kind)");
        }
        // else: old is a user format, f is built-in: the user format stays
    }

    private static String key(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT);
        return k.startsWith(".") ? k.substring(1) : k;
    }

    /**
     * Finds a format by name.
     *
     * @param name the name, such as {@code json}; case ignored
     * @return the format, empty if none
     */
    public Optional<ReportFormat> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /**
     * Finds a format by file extension.
     *
     * @param extension the extension, with or without the dot; case ignored
     * @return the format, empty if none
     */
    public Optional<ReportFormat> byExtension(String extension) {
        return Optional.ofNullable(byExtension.get(key(extension)));
    }

    /**
     * Finds the format of a file by its extension.
     *
     * @param file the file, not null
     * @return the format, empty if the file has no extension or none claims it
     */
    public Optional<ReportFormat> forPath(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? Optional.empty() : byExtension(n.substring(dot + 1));
    }

    /**
     * Gets a format by name or fails with the list of known names.
     *
     * @param name the name
     * @return the format
     * @throws IllegalArgumentException naming the known formats if there is none of that name
     */
    public ReportFormat require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("'" + name
                + "' is not a known report format: known formats are " + byName.keySet()));
    }

    /**
     * Lists the formats in use, in discovery order.
     *
     * @return the formats
     */
    public List<ReportFormat> all() {
        return List.copyOf(new java.util.LinkedHashSet<>(byName.values()));
    }

    @Override
    public String toString() {
        return "Formats" + byName.keySet();
    }
}
