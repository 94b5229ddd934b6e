package com.taoshu.staff;

import com.taoshu.shared.security.TokenStore;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The login sessions of staff accounts: an ADMIN lists and ends them; they end by themselves when what the account may
 * do changes ({@link StaffEvents.AccessChanged}, after the change commits — a login racing the change reads the new
 * state, and no token issued before it survives).
 */
@Service
public class StaffSessions {

    private final TokenStore tokens;
    private final StaffDirectory directory;

    public StaffSessions(TokenStore tokens, StaffDirectory directory) {
        this.tokens = tokens;
        this.directory = directory;
    }

    public List<TokenStore.Session> list(long staffId) {
        requireAccount(staffId);
        return tokens.sessionsOfStaff(staffId);
    }

    /** Ends every session of the account; answers how many were live. */
    public int endAll(long staffId) {
        requireAccount(staffId);
        return tokens.revokeAllOfStaff(staffId);
    }

    public void end(long staffId, String sessionId) {
        requireAccount(staffId);
        if (!tokens.revokeStaffSession(staffId, sessionId)) {
            throw StaffErrorCode.SESSION_NOT_FOUND.exception();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void accessChanged(StaffEvents.AccessChanged event) {
        tokens.revokeAllOfStaff(event.staffId());
    }

    private void requireAccount(long staffId) {
        directory.find(staffId).orElseThrow(StaffErrorCode.STAFF_NOT_FOUND::exception);
    }
}
