@echo off
rem Runs wuhealth from an unpacked distribution (lib\ beside this script) or from a source
rem checkout after "mvn package". Java: the runtime bundled in runtime\ (the windows-x64 zip has
rem one), else JAVA_HOME, else java on the PATH; "wuhealth --version" says which.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%lib\wuhealth.jar"
if not exist "%JAR%" set "JAR=%HERE%engine\target\dist\lib\wuhealth.jar"
if not exist "%JAR%" (
  echo wuhealth: error: not built yet; run: mvn -q -B package -DskipTests 1>&2
  exit /b 3
)
set "JAVA=%HERE%runtime\bin\java.exe"
set "JAVA_FROM=bundled"
if exist "%JAVA%" goto found
set "JAVA_FROM=JAVA_HOME"
set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if exist "%JAVA%" goto found
set "JAVA_FROM=PATH"
set "JAVA=java"
for %%J in (java.exe) do if not "%%~$PATH:J"=="" goto found
echo wuhealth: no Java found: this copy has no runtime\ folder, JAVA_HOME is not set and java is not on the PATH. The wuhealth-VERSION-windows-x64.zip brings its own Java. 1>&2
exit /b 3
:found
rem A one-shot run is over before the optimising compiler pays off; a fleet batch is not. Both use
rem the serial collector: its heap follows the live data; a batch's young generation is fixed, so
rem that a long batch's peak memory does not grow with the heap (see docs/performance.md).
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="batch" set "OPTS=-XX:+UseSerialGC -Xmn64m"
if /i "%~1"=="kb" set "OPTS=-XX:+UseSerialGC"
rem No hsperfdata file in %TEMP%: a scan writes nothing on the server but its --out file.
set "OPTS=%OPTS% -XX:-UsePerfData -Dwuhealth.java=%JAVA_FROM%"
"%JAVA%" %OPTS% %WUHEALTH_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
