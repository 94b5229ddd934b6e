package com.taoshu.reader;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reader look-ups for other features. */
@Component
public class Readers {

    private final ReaderMapper readerMapper;

    public Readers(ReaderMapper readerMapper) {
        this.readerMapper = readerMapper;
    }

    public Optional<Reader> find(long id) {
        return Optional.ofNullable(readerMapper.selectById(id));
    }

    /** The branch a reader's screen is about: the one they chose, else their home branch (null: neither). */
    public Long branchFor(long readerId, Long chosenBranchId) {
        return chosenBranchId != null ? chosenBranchId : find(readerId).map(Reader::getHomeBranchId).orElse(null);
    }

    public Reader get(long id) {
        return find(id).orElseThrow(ReaderErrorCode.READER_NOT_FOUND::exception);
    }
}
