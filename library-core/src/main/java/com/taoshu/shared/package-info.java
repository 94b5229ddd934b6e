/**
 * What every feature module uses: the envelope and error model, history, idempotency, security principals, jobs,
 * persistence and web plumbing. An open module: every feature may use any of its packages, and it uses none of theirs.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package com.taoshu.shared;

import org.springframework.modulith.ApplicationModule;
