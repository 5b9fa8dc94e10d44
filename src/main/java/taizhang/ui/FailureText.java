package taizhang.ui;

import taizhang.storage.StorageException;

/** A failure of the database as the clerk reads it, in the interface language (SPEC 10). */
final class FailureText {
    private FailureText() {
    }

    static String of(StorageException e, Messages text) {
        String key = switch (e.kind()) {
            case BUSY -> "storage.busy";
            case READ_ONLY -> "storage.read_only";
            case FULL -> "storage.full";
            case IO -> "storage.io";
            case NOT_TAIZHANG -> "storage.not_taizhang";
            case NEWER -> "storage.newer";
            case DAMAGED -> "storage.damaged";
            case OTHER -> null;
        };
        return key == null ? e.getMessage() : text.get(key, e.file() == null ? "" : e.file().getFileName());
    }
}
