package com.taoshu.loan.policy;

import com.taoshu.loan.BorrowRule;
import com.taoshu.loan.ReaderStanding.Standing;
import com.taoshu.reader.Reader;

/** What a borrowing policy looks at: who asks, under which rule, for how many books at which branch. */
public record BorrowRequest(Reader reader, BorrowRule rule, Standing standing, long branchId, int books) {
}
