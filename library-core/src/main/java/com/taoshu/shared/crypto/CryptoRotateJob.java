package com.taoshu.shared.crypto;

import com.taoshu.shared.job.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * cryptoRotateJob: re-encrypts personal data under the current {@code TAOSHU_CRYPTO_KEY} after a key change
 * ({@link FieldKeyRotation}). Never scheduled: an ADMIN runs it during a rotation through
 * {@code POST /api/admin/jobs/cryptoRotateJob/run} (or "执行一次" in xxl-job-admin), again until it reports nothing
 * rewritten and nothing failed; then {@code TAOSHU_CRYPTO_KEY_PREVIOUS} can be removed (README, "Rotating
 * TAOSHU_CRYPTO_KEY"). Shard-aware like every job, and safe to run twice at once.
 */
@Component
public class CryptoRotateJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(CryptoRotateJob.class);

    private final FieldKeyRotation rotation;

    public CryptoRotateJob(FieldKeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public String name() {
        return "cryptoRotateJob";
    }

    @Override
    public String label() {
        return "个人信息密钥轮换";
    }

    @Override
    public String run(int shardIndex, int shardTotal) {
        FieldKeyRotation.Report report = rotation.rotate(shardIndex, shardTotal);
        if (report.failed() > 0) {
            log.error("cryptoRotateJob: {} rows hold values no configured key decrypts; keep TAOSHU_CRYPTO_KEY_PREVIOUS "
                    + "until they are explained (ids in the summary and the warnings above)", report.failed());
        }
        return report.toString();
    }
}
