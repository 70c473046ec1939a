package io.github.juesuan.testing.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Seeded mutations of a document's bytes. Each call applies one to four edits drawn from: flip a
 * bit, set a byte to an interesting value (0, 0xFF, a lone UTF-8 continuation or lead byte, a
 * newline, a tab, JSON and XML punctuation, a digit), insert an interesting token (a huge exponent,
 * a 40-digit number, {@code NaN}, an XML row number 0, a full-width bracket, a run of tabs or
 * digits), delete, duplicate or swap ranges, truncate. The result is a pure function of the input
 * and the random generator's state. Thread-safe (it holds no state).
 */
public final class ByteMutator {

    private static final byte[] BYTES = {0, (byte) 0xFF, (byte) 0x80, (byte) 0xC0, (byte) 0xE6, (byte) 0xF8,
        '\n', '\r', '\t', ' ', '"', '\\', '{', '}', '[', ']', ',', ':', '-', '+', '.', 'e', 'E', '0', '1', '9',
        '<', '>', '/', '=', '&', '|'};

    private static final byte[][] TOKENS = tokens("1e2147483648", "-1E-2147483649", "99999999999999999999999999999999999999",
            "NaN", "null", "true", "\"\"", "{}", "[]", "0.000000001", "-0", "1e400", "r=\"0\"", "r=\"-1\"", "r=\"A0\"",
            "r=\"XFD1048577\"", "<row r=\"0\">", "<c r=\"A1\" t=\"s\"><v>99999</v></c>", "t=\"s\"", "<v>-1</v>",
            "&#0;", "&lt;", "<![CDATA[", "（", "）", "〇", "１２３", "—", "合计", "本年收入合计", "2024", "20249",
            "1949", "3000", "%", "\uFFFD", "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t", "| | | | | | | |",
            "12345678901234567890123456789012345678901234567890");

    private ByteMutator() {
    }

    private static byte[][] tokens(String... ss) {
        byte[][] t = new byte[ss.length][];
        for (int i = 0; i < ss.length; i++) {
            t[i] = ss[i].getBytes(StandardCharsets.UTF_8);
        }
        return t;
    }

    /**
     * Mutates bytes.
     *
     * @param input the document, not changed
     * @param random the source of randomness
     * @return a new array, the mutant
     */
    public static byte[] mutate(byte[] input, SplittableRandom random) {
        byte[] b = input;
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            b = edit(b, random);
        }
        return b == input ? input.clone() : b;
    }

    /**
     * Mutates one entry of a zip container (such as an {@code .xlsx} workbook) and writes the
     * container again, so that the mutant passes the zip layer and reaches the reader; one mutant in
     * eight is a mutation of the container's own bytes instead. Bytes that are not a zip are
     * mutated as they are.
     *
     * @param zip the container, not changed
     * @param random the source of randomness
     * @return a new array, the mutant
     */
    public static byte[] mutateZip(byte[] zip, SplittableRandom random) {
        if (random.nextInt(8) == 0) {
            return mutate(zip, random);
        }
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                contents.add(in.readAllBytes());
            }
        } catch (IOException | IllegalArgumentException e) {
            return mutate(zip, random);
        }
        if (names.isEmpty()) {
            return mutate(zip, random);
        }
        int victim = random.nextInt(names.size());
        contents.set(victim, mutate(contents.get(victim), random));
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                z.putNextEntry(new ZipEntry(names.get(i)));
                z.write(contents.get(i));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a zip in memory", e);
        }
        return out.toByteArray();
    }

    private static byte[] edit(byte[] b, SplittableRandom r) {
        int n = b.length;
        switch (n == 0 ? 3 : r.nextInt(9)) {
            case 0: { // flip a bit
                byte[] c = b.clone();
                int i = r.nextInt(n);
                c[i] ^= (byte) (1 << r.nextInt(8));
                return c;
            }
            case 1: { // an interesting byte
                byte[] c = b.clone();
                c[r.nextInt(n)] = BYTES[r.nextInt(BYTES.length)];
                return c;
            }
            case 2: // an interesting byte inserted
                return insert(b, r.nextInt(n + 1), new byte[] {BYTES[r.nextInt(BYTES.length)]});
            case 3: // an interesting token inserted
                return insert(b, r.nextInt(n + 1), TOKENS[r.nextInt(TOKENS.length)]);
            case 4: { // a token over a digit run or a number: replaces what is there
                int at = r.nextInt(n);
                int end = at;
                while (end < n && end - at < 64 && isNumberByte(b[end])) {
                    end++;
                }
                byte[] t = TOKENS[r.nextInt(TOKENS.length)];
                return splice(b, at, Math.max(end, at + 1), t);
            }
            case 5: { // a range deleted
                int at = r.nextInt(n);
                int len = 1 + r.nextInt(Math.min(n - at, 1 + r.nextInt(256)));
                return splice(b, at, at + len, new byte[0]);
            }
            case 6: { // a range duplicated, sometimes many times
                int at = r.nextInt(n);
                int len = 1 + r.nextInt(Math.min(n - at, 1 + r.nextInt(256)));
                byte[] piece = Arrays.copyOfRange(b, at, at + len);
                int times = r.nextInt(8) == 0 ? 1 + r.nextInt(2000) : 1;
                byte[] many = new byte[Math.min(piece.length * times, 1 << 20)];
                for (int i = 0; i < many.length; i++) {
                    many[i] = piece[i % piece.length];
                }
                return insert(b, r.nextInt(n + 1), many);
            }
            case 7: { // two ranges swapped (copied over each other)
                int len = 1 + r.nextInt(Math.min(n, 64));
                int x = r.nextInt(n - len + 1);
                int y = r.nextInt(n - len + 1);
                byte[] c = b.clone();
                System.arraycopy(b, x, c, y, len);
                System.arraycopy(b, y, c, x, len);
                return c;
            }
            default: // truncated
                return Arrays.copyOf(b, r.nextInt(n));
        }
    }

    private static boolean isNumberByte(byte c) {
        return c >= '0' && c <= '9' || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+';
    }

    private static byte[] insert(byte[] b, int at, byte[] t) {
        return splice(b, at, at, t);
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] t) {
        byte[] c = new byte[b.length - (to - from) + t.length];
        System.arraycopy(b, 0, c, 0, from);
        System.arraycopy(t, 0, c, from, t.length);
        System.arraycopy(b, to, c, from + t.length, b.length - to);
        return c;
    }
}
