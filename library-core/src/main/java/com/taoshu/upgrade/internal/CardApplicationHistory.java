package com.taoshu.upgrade.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.history.StatusHistory;
import com.taoshu.shared.history.Transition;
import com.taoshu.upgrade.CardApplication;

@TableName("card_application_history")
public class CardApplicationHistory extends StatusHistory<CardApplication.Status> {

    private Long applicationId;

    public static CardApplicationHistory of(long applicationId, Transition<CardApplication.Status> t) {
        CardApplicationHistory h = new CardApplicationHistory();
        h.applicationId = applicationId;
        h.record(t);
        return h;
    }

    public Long getApplicationId() { return applicationId; }
    public void setApplicationId(Long applicationId) { this.applicationId = applicationId; }
}
