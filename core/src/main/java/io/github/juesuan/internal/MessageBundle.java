package io.github.juesuan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pair of message bundles, English ({@code Name.properties}) and Chinese ({@code Name_zh.properties}),
 * read as UTF-8 resources beside a class of their package: Chinese over English, the way a
 * {@code ResourceBundle} falls back to its parent, and never to the default locale's bundle. (Not
 * {@code ResourceBundle.getBundle} with a {@code Control}: that is unsupported in a named module,
 * and the library is one on the module path; a class reads the resources of its own module's
 * packages.) Patterns are parsed once per language and key. Not API.
 */
public final class MessageBundle {

    private final String name;
    private final Properties english;
    private final Properties chinese;
    private final Properties chineseOnly;
    private final Map<String, Template> zh = new ConcurrentHashMap<>();
    private final Map<String, Template> en = new ConcurrentHashMap<>();

    private MessageBundle(Class<?> anchor, String simpleName) {
        this.name = anchor.getPackageName() + "." + simpleName;
        this.english = load(anchor, simpleName + ".properties", null);
        this.chineseOnly = load(anchor, simpleName + "_zh.properties", null);
        this.chinese = new Properties(english);
        this.chinese.putAll(chineseOnly);
    }

    /**
     * Reads the two bundles of a name beside a class; a missing or unreadable resource fails here,
     * naming it.
     *
     * @param anchor a class of the package (and module) the resources are in
     * @param simpleName the bundles' base name without package, such as {@code FindingMessages}
     * @return the bundles
     * @throws MissingResourceException if a resource is missing
     */
    public static MessageBundle of(Class<?> anchor, String simpleName) {
        return new MessageBundle(anchor, simpleName);
    }

    private Properties load(Class<?> anchor, String resource, Properties parent) {
        Properties p = new Properties(parent);
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MissingResourceException("no resource " + resource + " beside " + anchor.getName(), name, "");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + resource + " of " + name, e);
        }
        return p;
    }

    /**
     * Tells whether a language's own bundle has a key (the Chinese one without falling back to English).
     *
     * @param inChinese the Chinese bundle, else the English one
     * @param key the key
     * @return whether it is there
     */
    public boolean has(boolean inChinese, String key) {
        return (inChinese ? chineseOnly : english).getProperty(key) != null;
    }

    /**
     * The keys of a language's own bundle.
     *
     * @param inChinese the Chinese bundle, else the English one
     * @return the keys
     */
    public Set<String> keys(boolean inChinese) {
        return (inChinese ? chineseOnly : english).stringPropertyNames();
    }

    /**
     * Formats a message: {@link MessageFormat}'s result for the pattern, whole numbers without grouping.
     *
     * @param inChinese the Chinese bundle (falling back to English), else the English one
     * @param key the key
     * @param args the arguments
     * @return the text
     * @throws MissingResourceException naming the key and bundle if the key is in neither
     */
    public String format(boolean inChinese, String key, Object... args) {
        Map<String, Template> cache = inChinese ? zh : en;
        Template t = cache.get(key);
        if (t == null) {
            t = cache.computeIfAbsent(key, k -> {
                String pattern = (inChinese ? chinese : english).getProperty(k);
                if (pattern == null) {
                    throw new MissingResourceException("no message '" + k + "' in " + name
                            + (inChinese ? "_zh" : "") + ".properties", name, k);
                }
                return Template.of(inChinese ? Locale.CHINESE : Locale.ENGLISH, pattern);
            });
        }
        return t.format(args);
    }

    /**
     * A pattern of the bundle parsed once: literal text and argument indices, giving exactly what
     * {@link MessageFormat} gives for the plain {@code {n}} arguments the bundles use (strings as they
     * are, whole numbers as their digits without grouping, other numbers through the locale's
     * {@link NumberFormat}, other objects by {@code toString()}). A
     * pattern with a format type ({@code {0,number}}) is left to {@link MessageFormat}.
     */
    private static final class Template {
        private final Locale locale;
        private final String pattern;
        /** Literal texts (String) and argument indices (Integer), in order; null when MessageFormat formats. */
        private final Object[] parts;

        private Template(Locale locale, String pattern, Object[] parts) {
            this.locale = locale;
            this.pattern = pattern;
            this.parts = parts;
        }

        static Template of(Locale locale, String pattern) {
            return new Template(locale, pattern, parse(pattern));
        }

        /** Splits a pattern with MessageFormat's quoting rules; null when it has anything but {n}. */
        private static Object[] parse(String pattern) {
            List<Object> out = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        lit.append('\'');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (quoted || c != '{') {
                    if (!quoted && c == '}') {
                        return null;
                    }
                    lit.append(c);
                } else {
                    int end = pattern.indexOf('}', i);
                    if (end < 0) {
                        return null;
                    }
                    String index = pattern.substring(i + 1, end);
                    if (index.isEmpty() || !index.chars().allMatch(ch -> ch >= '0' && ch <= '9') || index.length() > 3) {
                        return null;
                    }
                    if (lit.length() > 0) {
                        out.add(lit.toString());
                        lit.setLength(0);
                    }
                    out.add(Integer.valueOf(index));
                    i = end;
                }
            }
            if (quoted) {
                return null;
            }
            if (lit.length() > 0) {
                out.add(lit.toString());
            }
            return out.toArray();
        }

        /**
         * A MessageFormat of the pattern whose plain {@code {n}} arguments print whole numbers without grouping
         * (a year is "2024", never "2,024"); an argument with a format type keeps it.
         */
        private MessageFormat ungrouped(Object[] args) {
            MessageFormat mf = new MessageFormat(pattern, locale);
            java.text.Format[] formats = mf.getFormatsByArgumentIndex();
            for (int i = 0; args != null && i < formats.length && i < args.length; i++) {
                Object a = args[i];
                if (formats[i] == null && (a instanceof Integer || a instanceof Long || a instanceof Short
                        || a instanceof Byte)) {
                    NumberFormat plain = NumberFormat.getIntegerInstance(locale);
                    plain.setGroupingUsed(false);
                    mf.setFormatByArgumentIndex(i, plain);
                }
            }
            return mf;
        }

        String format(Object[] args) {
            if (parts == null) {
                return ungrouped(args).format(args);
            }
            StringBuilder sb = new StringBuilder(pattern.length() + 64);
            for (Object p : parts) {
                if (p instanceof String) {
                    sb.append((String) p);
                    continue;
                }
                int i = (Integer) p;
                if (args == null || i >= args.length) {
                    // MessageFormat prints a missing argument as its placeholder
                    sb.append('{').append(i).append('}');
                    continue;
                }
                Object a = args[i];
                if (a == null) {
                    sb.append("null");
                } else if (a instanceof String) {
                    sb.append((String) a);
                } else if (a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte) {
                    // whole numbers (years such as 2024, counts) without grouping: "2024 年版", never "2,024"
                    sb.append(((Number) a).longValue());
                } else if (a instanceof Number || a instanceof Date) {
                    sb.append(new MessageFormat("{0}", locale).format(new Object[] {a}));
                } else {
                    sb.append(a);
                }
            }
            return sb.toString();
        }
    }
}
