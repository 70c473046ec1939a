package io.github.juesuan.text;

import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.spi.ReportReader;
import io.github.juesuan.spi.ReportWriter;
import io.github.juesuan.spi.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a report's PDF as a plug-in of the reader/writer SPI: name {@code text},
 * extensions {@code .txt} and {@code .md}, read only. Registered in
 * {@code META-INF/services/io.github.juesuan.spi.ReportFormat}.
 *
 * <p>The bytes are decoded as UTF-8 (a byte-order mark is skipped); text that is not valid UTF-8
 * is decoded as GB18030, the superset of GBK that Chinese tools often write, with a warning.
 * Text that is not a final-account report at all gives a failed result with one error, not an
 * exception.
 */
public final class TextReportFormat implements ReportFormat {

    /** The format name. */
    public static final String NAME = "text";

    /**
     * The largest text read, in bytes (real reports are under 1 MB): four bytes for each of the
     * {@linkplain TextLimits#getMaxChars() most characters} a document may have, the most UTF-8 needs.
     */
    public static final int MAX_BYTES = 4 * (8 << 20);

    private static final ReportReader READER = TextReportFormat::readStream;

    /** Creates the format; called by {@link java.util.ServiceLoader}. */
    public TextReportFormat() {
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public List<String> getFileExtensions() {
        return List.of("txt", "md");
    }

    @Override
    public boolean isBuiltIn() {
        return true;
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(READER);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.empty();
    }

    static ReadResult readStream(InputStream in, String sourceName) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
        SourceLocation file = SourceLocation.ofFile(sourceName);
        if (bytes.length > MAX_BYTES) {
            return ReadResult.failed(List.of(Problem.error(ProblemMessage.of("problem.text.tooLarge", MAX_BYTES), null, file)));
        }
        List<Problem> problems = new ArrayList<>();
        String text = decode(bytes, sourceName, problems, file);
        bytes = null; // the text is all that is needed now: let a large input's bytes go while it is read
        TextReadResult r;
        try {
            r = TextReportReader.create().read(text, sourceName);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(ProblemMessage.from(e), null, file));
            return ReadResult.failed(problems);
        }
        return toReadResult(r, problems);
    }

    /**
     * Converts a text reader's result to the SPI's result: the report and the same problems,
     * each with its source name, line and cell.
     *
     * @param result the text result, not null
     * @return the SPI result
     * @see TextReadResult#toReadResult()
     */
    public static ReadResult toReadResult(TextReadResult result) {
        return result.toReadResult();
    }

    private static ReadResult toReadResult(TextReadResult result, List<Problem> problems) {
        problems.addAll(result.getProblems());
        return ReadResult.of(result.getReport(), problems).withSources(result.getLayoutResult().getSources());
    }

    private static String decode(byte[] bytes, String sourceName, List<Problem> problems, SourceLocation file) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.warning(ProblemMessage.of("problem.text.notUtf8"), null, file));
            return new String(bytes, start, bytes.length - start, Charset.forName("GB18030"));
        }
    }
}
