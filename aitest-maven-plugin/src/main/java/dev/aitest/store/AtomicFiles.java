package dev.aitest.store;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file next to it, moved into place once complete. A reader
 * never sees half a file, and a write that fails (a renderer that throws, a full disk) leaves the old file as it
 * was. A write that fails names the file it was for and why, whatever the file system said (a full disk says only
 * "No space left on device").
 */
public final class AtomicFiles {

    /** The suffix of the temporary file a write goes into, next to the file it replaces. */
    public static final String PARTIAL = ".partial";

    /** Writes text into a {@link Writer}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes bytes into an {@link OutputStream}. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code file}, replacing it only once the new content is complete. */
    public static void write(Path file, Content content) throws IOException {
        writeBytes(file, stream -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                content.writeTo(out);
            }
        });
    }

    /** Writes {@code content} to {@code file}, replacing it only once the new content is complete. */
    public static void writeBytes(Path file, Bytes content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + PARTIAL);
        try {
            Files.createDirectories(absolute.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                content.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            if (e instanceof IOException io && !(e instanceof FailedException)) {
                throw new FailedException(absolute, io);
            }
            throw e;
        }
    }

    /** A file that could not be written; the message names it and says why. */
    public static final class FailedException extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Path file;

        FailedException(Path file, IOException cause) {
            super("cannot write " + file + " (" + why(cause) + ")", cause);
            this.file = file;
        }

        /** The file that could not be written. */
        public Path file() {
            return file;
        }
    }

    /** What went wrong in words: the file system's own messages are often a path alone. */
    public static String why(IOException e) {
        if (e instanceof DirectoryNotEmptyException
                || e instanceof FileSystemException f && "Is a directory".equals(f.getReason())) {
            return "a folder is in its place";
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return "a file is in the way: " + f.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
