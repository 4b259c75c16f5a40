package org.majlis.base.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner may read: the embedded database's folders (700) and its password file (600).
 * On a file system without POSIX permissions (Windows) they are left to the file system's defaults.
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);

    private PrivateFiles() {
    }

    /** Creates the folder (and its parents) if needed and makes it the owner's only. */
    static void folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, OWNER_ONLY_FOLDER);
    }

    /**
     * Writes a new file that is the owner's only from its first byte (created with mode 600, never wider).
     *
     * @throws FileAlreadyExistsException if it exists: a private file is never overwritten in place
     */
    static void create(Path file, String content) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content);
    }

    /** Narrows a file that became readable by others (copied, restored from a backup) back to its owner. */
    static void keepPrivate(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY_FILE)) {
            log.warn("{} was readable by others; it is now readable by its owner only", file.toAbsolutePath());
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
