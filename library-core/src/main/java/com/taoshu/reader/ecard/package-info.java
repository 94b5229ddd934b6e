/** The reader's e-card (signed QR for the desk): issued to readers here, verified by the desk in the loan module. */
@NamedInterface("ecard")
package com.taoshu.reader.ecard;

import org.springframework.modulith.NamedInterface;
