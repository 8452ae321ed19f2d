package org.wuhealth.facts;

/** Configuration Manager markers relevant to WSUS (site server, remote software update point). */
public record ConfigMgr(
    Boolean siteServer, Boolean remoteSoftwareUpdatePoint, Boolean wsusConsoleInstalled) {}
