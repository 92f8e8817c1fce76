package dev.xxgk.serialization.pdf;

/**
 * The bounds within which a PDF is read, so that a huge, hostile or broken file fails with a
 * {@link dev.xxgk.serialization.ReportFormatException} in bounded time and memory rather than
 * exhausting the machine.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxPages the most pages read; an annual report has fewer than 30
 * @param maxMemoryBytes how much main memory PDFBox may use for decoded streams before it spills
 *     to a scratch file
 * @param maxScratchBytes how much scratch file space PDFBox may use beyond memory; past it the
 *     reading fails
 */
public record PdfLimits(long maxBytes, int maxPages, long maxMemoryBytes, long maxScratchBytes) {

    /** The defaults: 64 MiB files, 200 pages, 32 MiB of memory and 256 MiB of scratch space. */
    public static final PdfLimits DEFAULTS = new PdfLimits(64L << 20, 200, 32L << 20, 256L << 20);

    /**
     * Checks that every bound is positive (the scratch space may be 0: memory only).
     *
     * @param maxBytes the largest file read, in bytes
     * @param maxPages the most pages read
     * @param maxMemoryBytes the main memory PDFBox may use for decoded streams
     * @param maxScratchBytes the scratch file space PDFBox may use beyond memory
     */
    public PdfLimits {
        if (maxBytes < 1 || maxPages < 1 || maxMemoryBytes < 1 || maxScratchBytes < 0) {
            throw new IllegalArgumentException("PDF limits must be positive, were maxBytes=" + maxBytes + ", maxPages="
                    + maxPages + ", maxMemoryBytes=" + maxMemoryBytes + ", maxScratchBytes=" + maxScratchBytes);
        }
    }

    /**
     * These limits with another largest file size.
     *
     * @param bytes the largest file read, in bytes
     * @return the new limits
     */
    public PdfLimits withMaxBytes(long bytes) {
        return new PdfLimits(bytes, maxPages, maxMemoryBytes, maxScratchBytes);
    }

    /**
     * These limits with another page limit.
     *
     * @param pages the most pages read
     * @return the new limits
     */
    public PdfLimits withMaxPages(int pages) {
        return new PdfLimits(maxBytes, pages, maxMemoryBytes, maxScratchBytes);
    }
}
