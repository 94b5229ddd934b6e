package com.taoshu.reader;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** The branch a reader acts at: the one they chose, else their home branch (null: neither). */
    public Long branchFor(long readerId, Long chosenBranchId) {
        return chosenBranchId != null ? chosenBranchId : find(readerId).map(Reader::getHomeBranchId).orElse(null);
    }

    /** How the desk's lists name a reader: the name (null if none given) and the masked phone. */
    public record Label(String name, String phoneMasked) {

        static Label of(Reader r) {
            return new Label(r.getName(), r.getPhoneMasked());
        }
    }

    /** The labels of these readers, in one query (a page of orders, reservations, compensations…). */
    public Map<Long, Label> labels(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : readerMapper.selectByIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Reader::getId, Label::of, (a, b) -> a));
    }

    /** One reader's label; empty when the reader is gone. */
    public Optional<Label> label(long id) {
        return find(id).map(Label::of);
    }

    public Reader get(long id) {
        return find(id).orElseThrow(ReaderErrorCode.READER_NOT_FOUND::exception);
    }
}
