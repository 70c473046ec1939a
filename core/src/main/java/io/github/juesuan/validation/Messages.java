package io.github.juesuan.validation;

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
import java.util.concurrent.ConcurrentHashMap;

/** The finding messages, from the bundles {@code FindingMessages} (English) and {@code FindingMessages_zh}. */
final class Messages {

    private static final String BUNDLE = "io.github.juesuan.validation.FindingMessages";

    /** The patterns of the bundles, parsed once per language and key. */
    private static final Map<String, Template> ZH = new ConcurrentHashMap<>();
    private static final Map<String, Template> EN = new ConcurrentHashMap<>();

    private Messages() {
    }

    /**
     * The two bundles, read as resources of this package: Chinese over English, the way a
     * {@code ResourceBundle} falls back to its parent, and never to the default locale's bundle.
     * (Not {@code ResourceBundle.getBundle} with a {@code Control}: that is unsupported in a named
     * module, and the library is one on the module path.)
     */
    private static final class Bundles {
        static final Properties EN = load("FindingMessages.properties", null);
        static final Properties ZH = load("FindingMessages_zh.properties", EN);

        private static Properties load(String name, Properties parent) {
            Properties p = new Properties(parent);
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new MissingResourceException("no resource " + name + " beside " + Messages.class.getName(),
                            BUNDLE, "");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the resource " + name + " of " + BUNDLE, e);
            }
            return p;
        }
    }

    static String format(boolean chinese, String key, Object... args) {
        Map<String, Template> cache = chinese ? ZH : EN;
        Template t = cache.get(key);
        if (t == null) {
            t = cache.computeIfAbsent(key, k -> Template.of(chinese, k));
        }
        return t.format(args);
    }

    static String cell(boolean chinese, Location at) {
        if (at.isText() && at.getRow().isPresent()) {
            return at.getRow().get().getValue();
        }
        String table = at.tableLabel(chinese);
        if (at.getRow().isEmpty()) {
            return table;
        }
        String row = at.getRow().get().getValue();
        if (at.getColumn().isEmpty()) {
            return format(chinese, "row", table, row);
        }
        String col = chinese ? at.getColumn().get().getChineseName() : at.getColumn().get().getEnglishName();
        return format(chinese, "cell", table, row, col);
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

        static Template of(boolean chinese, String key) {
            String pattern = (chinese ? Bundles.ZH : Bundles.EN).getProperty(key);
            if (pattern == null) {
                throw new MissingResourceException("no message '" + key + "' in " + BUNDLE
                        + (chinese ? "_zh" : "") + ".properties", BUNDLE, key);
            }
            Locale locale = chinese ? Locale.CHINESE : Locale.ENGLISH;
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
