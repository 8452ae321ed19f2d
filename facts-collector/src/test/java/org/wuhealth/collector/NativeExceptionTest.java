package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NativeExceptionTest {
  @Test
  void win32ErrorsInTheirHresultFormSoTheTablesDecodeThem() {
    NativeException denied = NativeException.win32("RegOpenKeyEx X", 5, "Access is denied.\r\n");
    assertEquals("RegOpenKeyEx X: Access is denied (Win32 error 5)", denied.getMessage());
    assertEquals("0x80070005", denied.code());
    assertEquals("x: Win32 error 1168", NativeException.win32("x", 1168, null).getMessage());
  }

  @Test
  void hresultsAsTheyAre() {
    NativeException wmi = NativeException.hresult("WMI x", 0x8004100E, null);
    assertEquals("0x8004100E", wmi.code());
    assertEquals("WMI x: HRESULT 0x8004100E", wmi.getMessage());
  }

  @Test
  void aStubThatFailsWithoutAnErrorHasNoCode() {
    NativeException e = NativeException.win32("EvtQuery System", 0, null);
    assertEquals("EvtQuery System: failed without an error code", e.getMessage());
    assertNull(e.code());
  }
}
