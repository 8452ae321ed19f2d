// Parses PowerShell scripts with tree-sitter's PowerShell grammar and reports every syntax error
// (file:line:column). PowerShell itself is not available on the build machines; this catches
// unbalanced brackets, broken strings and misplaced keywords, not what only runs on Windows.
// Usage: WEB_TREE_SITTER=.../web-tree-sitter.cjs GRAMMAR=.../tree-sitter-powershell.wasm \
//        node check-powershell.cjs FILE.ps1...
const fs = require('fs');
const { Parser, Language } = require(process.env.WEB_TREE_SITTER);

(async () => {
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(await Language.load(process.env.GRAMMAR));
  let errors = 0;
  for (const file of process.argv.slice(2)) {
    const tree = parser.parse(fs.readFileSync(file, 'utf8'));
    const visit = (node) => {
      if (node.isError || node.isMissing) {
        errors++;
        const at = `${file}:${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
        const what = node.isMissing ? `missing ${node.type}` : 'syntax error';
        console.log(`${at}: ${what} near: ${node.text.slice(0, 60).replace(/\s+/g, ' ')}`);
      }
      node.children.forEach(visit);
    };
    visit(tree.rootNode);
    console.log(`${file}: ${tree.rootNode.hasError ? 'does not parse' : 'parses'}`);
  }
  process.exit(errors ? 1 : 0);
})();
