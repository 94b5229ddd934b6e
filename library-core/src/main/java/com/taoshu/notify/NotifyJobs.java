package com.taoshu.notify;

import com.taoshu.shared.job.ScheduledJob;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notify feature's job handlers (names as registered in xxl-job-admin, see sql/xxl-job/taoshu_jobs.sql). */
@Configuration
@org.springframework.boot.context.properties.EnableConfigurationProperties({NotifyProperties.class, SmsProperties.class})
public class NotifyJobs {

    @Bean
    ScheduledJob outboxSendJob(OutboxSender sender) {
        return job("outboxSendJob", "通知发送", (index, total) -> sender.sendDue(index, total).toString());
    }

    @Bean
    ScheduledJob dueReminderJob(ReminderScanner scanner) {
        return job("dueReminderJob", "到期提醒", (index, total) -> scanner.dueSoon(index, total).toString());
    }

    @Bean
    ScheduledJob overdueReminderJob(ReminderScanner scanner) {
        return job("overdueReminderJob", "逾期提醒", (index, total) -> scanner.overdue(index, total).toString());
    }

    @Bean
    ScheduledJob pickupDeadlineReminderJob(ReminderScanner scanner) {
        return job("pickupDeadlineReminderJob", "取书截止提醒", (index, total) -> scanner.pickupDeadlineTomorrow(index, total).toString());
    }

    private interface Work {
        String run(int shardIndex, int shardTotal);
    }

    private static ScheduledJob job(String name, String label, Work work) {
        return new ScheduledJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public String run(int shardIndex, int shardTotal) {
                return work.run(shardIndex, shardTotal);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
