import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

@Component({
  selector: 'pb-root',
  imports: [RouterOutlet],
  template: '<router-outlet />',
})
export class App {}
