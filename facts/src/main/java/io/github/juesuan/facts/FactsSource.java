package io.github.juesuan.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the facts of one input come from: its name (usually the file name) and the SHA-256 of its
 * bytes, which every table carries in {@code source} and {@code source_sha256} so that a row can
 * be traced to the exact file it was read from, and the same file exported twice recognised.
 */
public final class FactsSource {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String name;
    private final String sha256;

    private FactsSource(String name, String sha256) {
        this.name = name;
        this.sha256 = sha256;
    }

    /**
     * The source of a file: its file name, and the SHA-256 of its content (the file is read once
     * for it).
     *
     * @param file the file
     * @return the source
     * @throws UncheckedIOException naming the file if it cannot be read
     */
    public static FactsSource of(Path file) {
        Objects.requireNonNull(file, "file");
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // the digest sees every byte
            }
            return new FactsSource(name, hex(((DigestInputStream) in).getMessageDigest().digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to compute its SHA-256", e);
        }
    }

    /**
     * The source of content already in memory.
     *
     * @param name the name to write in {@code source}, not blank
     * @param content the input's bytes
     * @return the source
     */
    public static FactsSource of(String name, byte[] content) {
        Objects.requireNonNull(content, "content");
        return new FactsSource(checkName(name), hex(digest().digest(content)));
    }

    /**
     * A source whose SHA-256 is already known.
     *
     * @param name the name to write in {@code source}, not blank
     * @param sha256 64 hex digits (either case)
     * @return the source
     * @throws IllegalArgumentException naming the value if it is not 64 hex digits
     */
    public static FactsSource of(String name, String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        String lower = sha256.strip().toLowerCase(java.util.Locale.ROOT);
        if (!SHA256.matcher(lower).matches()) {
            throw new IllegalArgumentException("'" + sha256 + "' of source '" + name
                    + "' is not a SHA-256: expected 64 hex digits");
        }
        return new FactsSource(checkName(name), lower);
    }

    /**
     * A source known by name only: {@code source_sha256} is then null.
     *
     * @param name the name to write in {@code source}, not blank
     * @return the source
     */
    public static FactsSource named(String name) {
        return new FactsSource(checkName(name), null);
    }

    /**
     * Gets the name written in {@code source}.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * Gets the SHA-256 of the content, 64 lower-case hex digits.
     *
     * @return the digest, empty if the source is known by name only
     */
    public Optional<String> getSha256() {
        return Optional.ofNullable(sha256);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FactsSource && ((FactsSource) obj).name.equals(name)
                && Objects.equals(((FactsSource) obj).sha256, sha256);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Objects.hashCode(sha256);
    }

    /**
     * The name, and the digest if known: {@code 001.txt@204597f8…}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return sha256 == null ? name : name + "@" + sha256;
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a source name must not be blank");
        }
        return name;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256, which every Java SE runtime must have", e);
        }
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
