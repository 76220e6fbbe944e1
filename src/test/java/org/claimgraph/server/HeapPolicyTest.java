package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** {@link HeapPolicy}: the heap is kept committed unless the command line chose otherwise. */
class HeapPolicyTest {

    @Test
    void onlyADefaultWriteableOptionIsChanged() {
        assertTrue(HeapPolicy.shouldSet(new VMOption("MaxHeapFreeRatio", "70", true, VMOption.Origin.DEFAULT)));
        assertFalse(
                HeapPolicy.shouldSet(new VMOption("MaxHeapFreeRatio", "80", true, VMOption.Origin.VM_CREATION)),
                "-XX:MaxHeapFreeRatio on the command line is the user's choice");
        assertFalse(
                HeapPolicy.shouldSet(new VMOption("MaxHeapFreeRatio", "70", true, VMOption.Origin.ENVIRON_VAR)),
                "JDK_JAVA_OPTIONS / JAVA_TOOL_OPTIONS are the user's choice too");
        assertFalse(HeapPolicy.shouldSet(new VMOption("MaxHeapFreeRatio", "70", false, VMOption.Origin.DEFAULT)));
        assertFalse(HeapPolicy.shouldSet(null));
    }

    @Test
    void thisJvmEndsWithTheHeapKeptOrTheUsersValueUntouched() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        VMOption before = vm.getVMOption("MaxHeapFreeRatio");
        String said = HeapPolicy.keepCommitted();
        VMOption after = vm.getVMOption("MaxHeapFreeRatio");
        if (before.getOrigin() == VMOption.Origin.DEFAULT || before.getOrigin() == VMOption.Origin.MANAGEMENT) {
            // DEFAULT: set now; MANAGEMENT: set by an earlier call in this JVM (the server's start)
            assertEquals("100", after.getValue(), said);
        } else {
            assertEquals(before.getValue(), after.getValue(), said);
            assertTrue(said.contains(before.getOrigin().toString()), said);
        }
    }
}
