package com.taoshu.catalog;

import com.taoshu.catalog.internal.BookCopyMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A copy's moves that other features make outside the borrowing flow (stock-taking's fixes): each a conditional
 * update in the caller's transaction that changes the copy only from the state it must be in, so it loses to an
 * order or a librarian that moved the copy meanwhile (false). The borrowing moves are {@link CopyHolds}.
 */
@Component
public class Copies {

    private final BookCopyMapper copyMapper;
    private final Clock clock;

    public Copies(BookCopyMapper copyMapper, Clock clock) {
        this.copyMapper = copyMapper;
        this.clock = clock;
    }

    public Optional<BookCopy> find(long copyId) {
        return Optional.ofNullable(copyMapper.selectById(copyId));
    }

    /** Missing from the shelf: AVAILABLE → LOST; false when the copy is no longer AVAILABLE. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markMissingLost(long copyId) {
        return copyMapper.changeStatus(copyId, CopyStatus.AVAILABLE, CopyStatus.LOST, now()) == 1;
    }

    /** Moves an AVAILABLE copy to another branch; false when it is not on a shelf. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean transferAvailable(long copyId, long toBranchId) {
        return copyMapper.transferAvailable(copyId, toBranchId, now()) == 1;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
