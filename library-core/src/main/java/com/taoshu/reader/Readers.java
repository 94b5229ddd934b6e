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

    public Reader get(long id) {
        return find(id).orElseThrow(ReaderErrorCode.READER_NOT_FOUND::exception);
    }
}
