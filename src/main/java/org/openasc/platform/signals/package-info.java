/** Live signals: figures each module offers for risks to be linked to, read when a risk is opened. */
package org.openasc.platform.signals;
