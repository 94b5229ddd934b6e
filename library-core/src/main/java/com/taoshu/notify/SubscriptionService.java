package com.taoshu.notify;

import com.taoshu.notify.internal.ConsentMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subscribe-message consent: the reader accepted templates in the mini-program (wx.requestSubscribeMessage). */
@Service
public class SubscriptionService {

    private final ConsentMapper consents;
    private final NotifyProperties properties;
    private final Clock clock;

    public SubscriptionService(ConsentMapper consents, NotifyProperties properties, Clock clock) {
        this.consents = consents;
        this.properties = properties;
        this.clock = clock;
    }

    /** A template the reader can subscribe to, the kinds it serves, and how many sends are left. */
    public record TemplateConsent(String templateId, List<NoticeKind> kinds, int remaining) {
    }

    /** The templates the mini-program should offer, with this reader's remaining sends. */
    public List<TemplateConsent> overview(long readerId) {
        Map<String, Integer> remaining = consents.remaining(readerId).stream()
                .collect(Collectors.toMap(ConsentMapper.Remaining::templateId, ConsentMapper.Remaining::remaining));
        Map<String, List<NoticeKind>> kindsByTemplate = Arrays.stream(NoticeKind.values())
                .filter(k -> properties.template(k).isPresent())
                .collect(Collectors.groupingBy(k -> properties.template(k).orElseThrow().id(), java.util.TreeMap::new,
                        Collectors.toList()));
        List<TemplateConsent> out = new ArrayList<>();
        kindsByTemplate.forEach((id, kinds) -> out.add(new TemplateConsent(id, kinds, remaining.getOrDefault(id, 0))));
        return out;
    }

    /**
     * One more send per accepted template (one-time subscriptions add up). Ids we have no template for are refused
     * as a whole (60004), so a wrong mini-program build is noticed rather than silently ignored.
     */
    @Transactional
    public List<TemplateConsent> accept(long readerId, List<String> templateIds) {
        Set<String> accepted = new LinkedHashSet<>();
        for (String id : templateIds == null ? List.<String>of() : templateIds) {
            if (id != null && !id.isBlank()) {
                accepted.add(id.trim());
            }
        }
        if (accepted.isEmpty()) {
            throw NotifyErrorCode.TEMPLATES_REQUIRED.exception();
        }
        Set<String> known = properties.templateIds();
        List<String> unknown = accepted.stream().filter(java.util.function.Predicate.not(known::contains)).toList();
        if (!unknown.isEmpty()) {
            throw NotifyErrorCode.UNKNOWN_TEMPLATES.exception("订阅消息模板不存在：" + String.join("、", unknown));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        accepted.forEach(id -> consents.accept(readerId, id, now));
        return overview(readerId);
    }
}
