package io.github.juesuan.facts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The Thrift compact protocol, as much of it as the Parquet footer and page headers need: structs,
 * i32, i64 and binary fields and lists. Field ids are written as deltas within their struct.
 */
final class CompactThrift {

    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    /** The last field id of each open struct. */
    private final int[] lastField = new int[32];
    private int depth;

    /** Opens a struct (a list element, or the outermost struct). */
    CompactThrift begin() {
        lastField[++depth] = 0;
        return this;
    }

    /** Closes the innermost struct with its stop byte. */
    CompactThrift end() {
        out.write(0);
        depth--;
        return this;
    }

    CompactThrift i32(int id, int value) {
        header(id, I32);
        varint(zigzag(value));
        return this;
    }

    CompactThrift i64(int id, long value) {
        header(id, I64);
        varint(zigzag(value));
        return this;
    }

    CompactThrift string(int id, String value) {
        header(id, BINARY);
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.write(b, 0, b.length);
        return this;
    }

    /** Appends bytes already encoded, such as a list element encoded on its own. */
    CompactThrift raw(byte[] encoded) {
        out.write(encoded, 0, encoded.length);
        return this;
    }

    /** A struct field: the caller writes its fields, then {@link #end()}. */
    CompactThrift struct(int id) {
        header(id, STRUCT);
        return begin();
    }

    /** A list field: the caller writes {@code size} elements of {@code elementType}. */
    CompactThrift list(int id, int elementType, int size) {
        header(id, LIST);
        if (size < 15) {
            out.write((size << 4) | elementType);
        } else {
            out.write(0xF0 | elementType);
            varint(size);
        }
        return this;
    }

    /** An i32 list element. */
    CompactThrift i32Element(int value) {
        varint(zigzag(value));
        return this;
    }

    /** A string list element. */
    CompactThrift stringElement(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.write(b, 0, b.length);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void header(int id, int type) {
        int delta = id - lastField[depth];
        if (delta > 0 && delta <= 15) {
            out.write((delta << 4) | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        lastField[depth] = id;
    }

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }
}
