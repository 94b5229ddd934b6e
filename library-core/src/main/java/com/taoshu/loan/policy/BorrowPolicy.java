package com.taoshu.loan.policy;

import com.taoshu.shared.error.BizException;
import java.util.List;
import java.util.Optional;

/** One library rule: allowed (empty) or rejected with its error code and a message saying why. */
@FunctionalInterface
public interface BorrowPolicy {

    Optional<BizException> check(BorrowRequest request);

    /** Runs the policies in order and returns the first rejection. */
    static Optional<BizException> firstRejection(List<BorrowPolicy> policies, BorrowRequest request) {
        for (BorrowPolicy policy : policies) {
            Optional<BizException> rejection = policy.check(request);
            if (rejection.isPresent()) {
                return rejection;
            }
        }
        return Optional.empty();
    }
}
