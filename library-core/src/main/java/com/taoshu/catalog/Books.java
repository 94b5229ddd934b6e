package com.taoshu.catalog;

import com.taoshu.catalog.internal.BookMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Title look-ups other features use (they never reach the mapper themselves). */
@Component
public class Books {

    private final BookMapper bookMapper;

    public Books(BookMapper bookMapper) {
        this.bookMapper = bookMapper;
    }

    public Optional<Book> find(long id) {
        return Optional.ofNullable(bookMapper.selectById(id));
    }

    public boolean exists(long id) {
        return find(id).isPresent();
    }

    /** The titles with these ids that exist, in no particular order, in one query. */
    public List<Book> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : bookMapper.selectByIds(ids.stream().distinct().toList());
    }

    /** Title by book id, in one query (a page of compensations, reservations…); a missing book is left out. */
    public Map<Long, String> titles(Collection<Long> ids) {
        return byIds(ids).stream().collect(Collectors.toMap(Book::getId, Book::getTitle, (a, b) -> a));
    }
}
