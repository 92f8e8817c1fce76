// the failure is the javadoc step's, for the missing comment, and nothing before it
String log = new File(basedir, 'build.log').text
assert log.contains('Undocumented.java:9: warning: no comment')
assert log.contains('Project contains Javadoc Warnings')
assert log.contains('maven-javadoc-plugin')
