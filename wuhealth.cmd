@echo off
rem Runs wuhealth from an unpacked distribution (lib\ beside this script) or from a source
rem checkout after "mvn package". Java 17 or later must be on PATH or in JAVA_HOME.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%lib\wuhealth.jar"
if not exist "%JAR%" set "JAR=%HERE%engine\target\dist\lib\wuhealth.jar"
if not exist "%JAR%" (
  echo wuhealth: not built yet; run: mvn -q -B package -DskipTests 1>&2
  exit /b 3
)
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
rem A one-shot run is over before the optimising compiler pays off; a fleet batch is not. Both use
rem the serial collector: its heap follows the live data (see the README, batch).
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="batch" set "OPTS=-XX:+UseSerialGC"
if /i "%~1"=="kb" set "OPTS=-XX:+UseSerialGC"
rem No hsperfdata file in %TEMP%: a scan writes nothing on the server but its --out file.
set "OPTS=%OPTS% -XX:-UsePerfData"
"%JAVA%" %OPTS% %WUHEALTH_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
