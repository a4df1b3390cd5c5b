import { EDITOR_FIXTURES } from './catalog';
import './index.css';

const list = document.querySelector<HTMLUListElement>('[data-test-id="editor-fixture-list"]');
if (!list) throw new Error('Fixture index markup is incomplete');

for (const fixture of EDITOR_FIXTURES) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `./${fixture.kind}/`;
  link.textContent = fixture.label;
  const packages = document.createElement('span');
  packages.textContent = fixture.packages;
  item.append(link, packages);
  list.append(item);
}
