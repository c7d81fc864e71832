import { createApp } from 'vue';
import '@auta/elements';
import App from './App.vue';

createApp(App).mount('#app');
